module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @slots_rglru_bwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<192 x f32>
    gpu.func @rglru_bwd(%in_x: !llvm.ptr, %in_gate_a: !llvm.ptr, %in_gate_x: !llvm.ptr, %in_Lambda: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %dx_x: !llvm.ptr, %dx_gate_a: !llvm.ptr, %dx_gate_x: !llvm.ptr, %part_Lambda: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_D : i64
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v11 = arith.constant 64 : i64
      %v21 = llvm.mlir.addressof @slots_rglru_bwd : !llvm.ptr<3>
      %v22 = arith.constant 0 : i64
      %v29 = arith.constant 128 : i64
      %v33 = arith.constant 0x00000000 : f32
      %v34 = arith.constant 0x3F800000 : f32
      %v50 = arith.muli %v1, %size_B : i64
      %v51 = arith.muli %v50, %size_D : i64
      %v53 = arith.muli %v1, %size_D : i64
      %v70 = arith.constant 0x3FB8AA3B : f32
      %v75 = arith.constant 0x41000000 : f32
      %v76 = arith.muli %v1, %size_L : i64
      %v77 = arith.muli %v76, %size_D : i64
      %v208 = arith.constant 0x3F000000 : f32
      %v221 = arith.muli %v1, %size_B : i64
      %v222 = arith.muli %v221, %size_D : i64
      %v235 = arith.constant 0x3F317218 : f32
      %v7 = gpu.block_id x
      %v8 = gpu.thread_id x
      %v9 = arith.index_cast %v8 : index to i64
      %v10 = arith.index_cast %v7 : index to i64
      %v12 = arith.muli %v10, %v11 : i64
      %v13 = arith.addi %v12, %v9 : i64
      %v14 = arith.cmpi slt, %v13, %v3 : i64
      %v15 = arith.subi %v3, %v1 : i64
      %v16 = arith.minsi %v13, %v15 : i64
      %v17 = arith.remui %v16, %size_D : i64
      %v18 = arith.divui %v16, %size_D : i64
      %v19 = arith.remui %v18, %size_B : i64
      %v20 = arith.divui %v18, %size_B : i64
      %v23 = arith.addi %v22, %v9 : i64
      %v24 = llvm.getelementptr %v21[%v23] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v25 = llvm.addrspacecast %v24 : !llvm.ptr<3> to !llvm.ptr
      %v26 = arith.addi %v11, %v9 : i64
      %v27 = llvm.getelementptr %v21[%v26] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v28 = llvm.addrspacecast %v27 : !llvm.ptr<3> to !llvm.ptr
      %v30 = arith.addi %v29, %v9 : i64
      %v31 = llvm.getelementptr %v21[%v30] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v32 = llvm.addrspacecast %v31 : !llvm.ptr<3> to !llvm.ptr
      llvm.store %v33, %v25 : f32, !llvm.ptr
      llvm.store %v34, %v28 : f32, !llvm.ptr
      llvm.store %v33, %v32 : f32, !llvm.ptr
      %v35 = arith.subi %v11, %v1 : i64
      %v36 = arith.addi %size_L, %v35 : i64
      %v37 = arith.divui %v36, %v11 : i64
      %v38 = arith.subi %size_L, %v1 : i64
      %v39 = arith.cmpi eq, %size_L, %v22 : i64
      scf.if %v39 {
        llvm.store %v33, %v6 : f32, !llvm.ptr
      }
      %v40 = arith.index_cast %v22 : i64 to index
      %v41 = arith.index_cast %v37 : i64 to index
      %v42 = arith.index_cast %v1 : i64 to index
      scf.for %v43 = %v40 to %v41 step %v42 {
        %v44 = arith.index_cast %v43 : index to i64
        %v45 = arith.subi %v37, %v1 : i64
        %v46 = arith.subi %v45, %v44 : i64
        %v47 = arith.muli %v46, %v11 : i64
        %v48 = arith.subi %size_L, %v47 : i64
        %v49 = arith.minsi %v48, %v11 : i64
        %v52 = arith.muli %v46, %v51 : i64
        %v54 = arith.muli %v19, %v53 : i64
        %v55 = arith.muli %v17, %v1 : i64
        %v56 = arith.addi %v54, %v55 : i64
        %v57 = arith.addi %v52, %v56 : i64
        %v58 = llvm.getelementptr %ckpt_h[%v57] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v59 = llvm.load %v58 : !llvm.ptr -> f32
        llvm.store %v59, %v5 : f32, !llvm.ptr
        %v60 = arith.index_cast %v22 : i64 to index
        %v61 = arith.index_cast %v49 : i64 to index
        %v62 = arith.index_cast %v1 : i64 to index
        scf.for %v63 = %v60 to %v61 step %v62 {
          %v64 = arith.index_cast %v63 : index to i64
          %v65 = arith.addi %v47, %v64 : i64
          %v66 = arith.muli %v17, %v1 : i64
          %v67 = llvm.getelementptr %in_Lambda[%v66] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v68 = llvm.load %v67 : !llvm.ptr -> f32
          %v69 = arith.negf %v68 : f32
          %v71 = arith.mulf %v69, %v70 : f32
          %v72 = llvm.call_intrinsic "llvm.exp2.f32"(%v71) : (f32) -> f32
          %v73 = arith.addf %v34, %v72 : f32
          %v74 = arith.divf %v34, %v73 : f32
          %v78 = arith.muli %v19, %v77 : i64
          %v79 = arith.muli %v17, %v76 : i64
          %v80 = arith.addi %v78, %v79 : i64
          %v81 = arith.muli %v65, %v1 : i64
          %v82 = arith.addi %v80, %v81 : i64
          %v83 = llvm.getelementptr %in_gate_a[%v82] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v84 = llvm.load %v83 : !llvm.ptr -> f32
          %v85 = arith.negf %v84 : f32
          %v86 = arith.mulf %v85, %v70 : f32
          %v87 = llvm.call_intrinsic "llvm.exp2.f32"(%v86) : (f32) -> f32
          %v88 = arith.addf %v34, %v87 : f32
          %v89 = arith.divf %v34, %v88 : f32
          %v90 = arith.mulf %v75, %v89 : f32
          %v91 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.f"(%v74) : (f32) -> f32
          %v92 = arith.mulf %v90, %v91 : f32
          %v93 = llvm.call_intrinsic "llvm.exp2.f32"(%v92) : (f32) -> f32
          %v94 = arith.mulf %v93, %v93 : f32
          %v95 = arith.subf %v34, %v94 : f32
          %v96 = llvm.call_intrinsic "llvm.sqrt.f32"(%v95) : (f32) -> f32
          %v97 = arith.muli %v19, %v77 : i64
          %v98 = arith.muli %v17, %v76 : i64
          %v99 = arith.addi %v97, %v98 : i64
          %v100 = arith.muli %v65, %v1 : i64
          %v101 = arith.addi %v99, %v100 : i64
          %v102 = llvm.getelementptr %in_gate_x[%v101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v103 = llvm.load %v102 : !llvm.ptr -> f32
          %v104 = arith.negf %v103 : f32
          %v105 = arith.mulf %v104, %v70 : f32
          %v106 = llvm.call_intrinsic "llvm.exp2.f32"(%v105) : (f32) -> f32
          %v107 = arith.addf %v34, %v106 : f32
          %v108 = arith.divf %v34, %v107 : f32
          %v109 = arith.muli %v19, %v77 : i64
          %v110 = arith.muli %v17, %v76 : i64
          %v111 = arith.addi %v109, %v110 : i64
          %v112 = arith.muli %v65, %v1 : i64
          %v113 = arith.addi %v111, %v112 : i64
          %v114 = llvm.getelementptr %in_x[%v113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v115 = llvm.load %v114 : !llvm.ptr -> f32
          %v116 = arith.mulf %v108, %v115 : f32
          %v117 = arith.mulf %v96, %v116 : f32
          %v118 = llvm.load %v5 : !llvm.ptr -> f32
          %v119 = arith.mulf %v93, %v118 : f32
          %v120 = arith.addf %v119, %v117 : f32
          scf.if %v14 {
            %v121 = arith.muli %v64, %v3 : i64
            %v122 = arith.subi %v3, %v1 : i64
            %v123 = arith.minsi %v13, %v122 : i64
            %v124 = arith.addi %v121, %v123 : i64
            %v125 = arith.muli %v124, %v1 : i64
            %v126 = arith.addi %v125, %v22 : i64
            %v127 = llvm.getelementptr %scratch_h[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v120, %v127 : f32, !llvm.ptr
          }
          llvm.store %v120, %v5 : f32, !llvm.ptr
        }
        %v128 = arith.index_cast %v22 : i64 to index
        %v129 = arith.index_cast %v49 : i64 to index
        %v130 = arith.index_cast %v1 : i64 to index
        scf.for %v131 = %v128 to %v129 step %v130 {
          %v132 = arith.index_cast %v131 : index to i64
          %v133 = arith.subi %v49, %v1 : i64
          %v134 = arith.subi %v133, %v132 : i64
          %v135 = arith.addi %v47, %v134 : i64
          %v136 = arith.cmpi eq, %v134, %v22 : i64
          %v137 = arith.subi %v134, %v1 : i64
          %v138 = arith.maxsi %v137, %v22 : i64
          %v139 = arith.muli %v19, %v77 : i64
          %v140 = arith.muli %v17, %v76 : i64
          %v141 = arith.addi %v139, %v140 : i64
          %v142 = arith.muli %v135, %v1 : i64
          %v143 = arith.addi %v141, %v142 : i64
          %v144 = llvm.getelementptr %dy_y[%v143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v145 = llvm.load %v144 : !llvm.ptr -> f32
          %v146 = llvm.load %v25 : !llvm.ptr -> f32
          %v147 = llvm.load %v28 : !llvm.ptr -> f32
          %v148 = arith.mulf %v147, %v146 : f32
          %v149 = arith.addf %v145, %v148 : f32
          llvm.store %v149, %v25 : f32, !llvm.ptr
          %v150 = arith.cmpi eq, %v135, %v38 : i64
          scf.if %v150 {
          }
          %v151 = arith.muli %v19, %v77 : i64
          %v152 = arith.muli %v17, %v76 : i64
          %v153 = arith.addi %v151, %v152 : i64
          %v154 = arith.muli %v135, %v1 : i64
          %v155 = arith.addi %v153, %v154 : i64
          %v156 = llvm.getelementptr %in_gate_x[%v155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v157 = llvm.load %v156 : !llvm.ptr -> f32
          %v158 = arith.negf %v157 : f32
          %v159 = arith.mulf %v158, %v70 : f32
          %v160 = llvm.call_intrinsic "llvm.exp2.f32"(%v159) : (f32) -> f32
          %v161 = arith.addf %v34, %v160 : f32
          %v162 = arith.divf %v34, %v161 : f32
          %v163 = arith.muli %v17, %v1 : i64
          %v164 = llvm.getelementptr %in_Lambda[%v163] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v165 = llvm.load %v164 : !llvm.ptr -> f32
          %v166 = arith.negf %v165 : f32
          %v167 = arith.mulf %v166, %v70 : f32
          %v168 = llvm.call_intrinsic "llvm.exp2.f32"(%v167) : (f32) -> f32
          %v169 = arith.addf %v34, %v168 : f32
          %v170 = arith.divf %v34, %v169 : f32
          %v171 = arith.muli %v19, %v77 : i64
          %v172 = arith.muli %v17, %v76 : i64
          %v173 = arith.addi %v171, %v172 : i64
          %v174 = arith.muli %v135, %v1 : i64
          %v175 = arith.addi %v173, %v174 : i64
          %v176 = llvm.getelementptr %in_gate_a[%v175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v177 = llvm.load %v176 : !llvm.ptr -> f32
          %v178 = arith.negf %v177 : f32
          %v179 = arith.mulf %v178, %v70 : f32
          %v180 = llvm.call_intrinsic "llvm.exp2.f32"(%v179) : (f32) -> f32
          %v181 = arith.addf %v34, %v180 : f32
          %v182 = arith.divf %v34, %v181 : f32
          %v183 = arith.mulf %v75, %v182 : f32
          %v184 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.f"(%v170) : (f32) -> f32
          %v185 = arith.mulf %v183, %v184 : f32
          %v186 = llvm.call_intrinsic "llvm.exp2.f32"(%v185) : (f32) -> f32
          %v187 = arith.mulf %v186, %v186 : f32
          %v188 = arith.subf %v34, %v187 : f32
          %v189 = llvm.call_intrinsic "llvm.sqrt.f32"(%v188) : (f32) -> f32
          %v190 = llvm.load %v25 : !llvm.ptr -> f32
          %v191 = arith.mulf %v189, %v190 : f32
          %v192 = arith.mulf %v162, %v191 : f32
          scf.if %v14 {
            %v193 = arith.muli %v19, %v77 : i64
            %v194 = arith.muli %v17, %v76 : i64
            %v195 = arith.addi %v193, %v194 : i64
            %v196 = arith.muli %v135, %v1 : i64
            %v197 = arith.addi %v195, %v196 : i64
            %v198 = llvm.getelementptr %dx_x[%v197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v192, %v198 : f32, !llvm.ptr
          }
          %v199 = arith.muli %v19, %v77 : i64
          %v200 = arith.muli %v17, %v76 : i64
          %v201 = arith.addi %v199, %v200 : i64
          %v202 = arith.muli %v135, %v1 : i64
          %v203 = arith.addi %v201, %v202 : i64
          %v204 = llvm.getelementptr %in_x[%v203] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v205 = llvm.load %v204 : !llvm.ptr -> f32
          %v206 = arith.mulf %v162, %v205 : f32
          %v207 = arith.mulf %v206, %v190 : f32
          %v209 = arith.divf %v208, %v189 : f32
          %v210 = arith.mulf %v207, %v209 : f32
          %v211 = arith.negf %v210 : f32
          %v212 = arith.mulf %v186, %v211 : f32
          %v213 = arith.muli %v138, %v3 : i64
          %v214 = arith.subi %v3, %v1 : i64
          %v215 = arith.minsi %v13, %v214 : i64
          %v216 = arith.addi %v213, %v215 : i64
          %v217 = arith.muli %v216, %v1 : i64
          %v218 = arith.addi %v217, %v22 : i64
          %v219 = llvm.getelementptr %scratch_h[%v218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v220 = llvm.load %v219 : !llvm.ptr -> f32
          %v223 = arith.muli %v46, %v222 : i64
          %v224 = arith.muli %v19, %v53 : i64
          %v225 = arith.muli %v17, %v1 : i64
          %v226 = arith.addi %v224, %v225 : i64
          %v227 = arith.addi %v223, %v226 : i64
          %v228 = llvm.getelementptr %ckpt_h[%v227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v229 = llvm.load %v228 : !llvm.ptr -> f32
          %v230 = arith.select %v136, %v229, %v220 : f32
          %v231 = arith.mulf %v230, %v190 : f32
          %v232 = arith.addf %v231, %v212 : f32
          %v233 = arith.addf %v212, %v232 : f32
          %v234 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.f"(%v170) : (f32) -> f32
          %v236 = arith.mulf %v234, %v235 : f32
          %v237 = arith.mulf %v186, %v236 : f32
          %v238 = arith.mulf %v233, %v237 : f32
          %v239 = arith.mulf %v75, %v238 : f32
          %v240 = arith.subf %v34, %v182 : f32
          %v241 = arith.mulf %v182, %v240 : f32
          %v242 = arith.mulf %v239, %v241 : f32
          scf.if %v14 {
            %v243 = arith.muli %v19, %v77 : i64
            %v244 = arith.muli %v17, %v76 : i64
            %v245 = arith.addi %v243, %v244 : i64
            %v246 = arith.muli %v135, %v1 : i64
            %v247 = arith.addi %v245, %v246 : i64
            %v248 = llvm.getelementptr %dx_gate_a[%v247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v242, %v248 : f32, !llvm.ptr
          }
          %v249 = arith.mulf %v205, %v191 : f32
          %v250 = arith.subf %v34, %v162 : f32
          %v251 = arith.mulf %v162, %v250 : f32
          %v252 = arith.mulf %v249, %v251 : f32
          scf.if %v14 {
            %v253 = arith.muli %v19, %v77 : i64
            %v254 = arith.muli %v17, %v76 : i64
            %v255 = arith.addi %v253, %v254 : i64
            %v256 = arith.muli %v135, %v1 : i64
            %v257 = arith.addi %v255, %v256 : i64
            %v258 = llvm.getelementptr %dx_gate_x[%v257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v252, %v258 : f32, !llvm.ptr
          }
          %v259 = arith.subf %v183, %v34 : f32
          %v260 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.f"(%v170) : (f32) -> f32
          %v261 = arith.mulf %v259, %v260 : f32
          %v262 = llvm.call_intrinsic "llvm.exp2.f32"(%v261) : (f32) -> f32
          %v263 = arith.mulf %v183, %v262 : f32
          %v264 = arith.mulf %v233, %v263 : f32
          %v265 = arith.subf %v34, %v170 : f32
          %v266 = arith.mulf %v170, %v265 : f32
          %v267 = arith.mulf %v264, %v266 : f32
          %v268 = llvm.load %v32 : !llvm.ptr -> f32
          %v269 = arith.addf %v268, %v267 : f32
          llvm.store %v269, %v32 : f32, !llvm.ptr
          llvm.store %v186, %v28 : f32, !llvm.ptr
        }
      }
      scf.if %v14 {
        %v270 = llvm.load %v32 : !llvm.ptr -> f32
        %v271 = arith.muli %v13, %v1 : i64
        %v272 = arith.addi %v271, %v22 : i64
        %v273 = llvm.getelementptr %part_Lambda[%v272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v270, %v273 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
